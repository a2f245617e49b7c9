-- table.move over nearly every integer: the original loops in C.
table.move({}, 1, math.maxinteger - 1, 2)

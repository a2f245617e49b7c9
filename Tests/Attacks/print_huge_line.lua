-- One line of 128 MiB.
print(string.rep("x", 2^27))

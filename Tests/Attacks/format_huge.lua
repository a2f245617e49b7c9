-- string.format of two 128 MiB strings.
return string.format("%s%s", string.rep("x", 2^27), string.rep("y", 2^27))

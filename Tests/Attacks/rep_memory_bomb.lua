-- A string of a terabyte.
return string.rep("x", 2^40)

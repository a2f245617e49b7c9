-- string.rep with a separator, 20 MB each time.
for i = 1, 1e12 do string.rep("x", 1e7, ",") end

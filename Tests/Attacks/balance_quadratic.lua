-- %b scans to the end from every start: quadratic in the subject.
local s = string.rep("(", 1000000)
for i = 1, 1e9 do s:find("%b()", i) end

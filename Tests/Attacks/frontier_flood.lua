-- A frontier pattern over a long subject, again and again.
local s = string.rep("ab ", 1000000)
for i = 1, 1e9 do s:gsub("%f[%w]%w+", "x") end

-- An __index metamethod that raises a table.
local t = setmetatable({}, { __index = function() error({}) end })
return t.missing

-- Replacing the methods every string shares.
getmetatable("").__index = { find = function() return 1 end }

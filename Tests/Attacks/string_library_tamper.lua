-- Replacing string.find for every other module.
string.find = function() return 1 end

-- An error handler that loops forever.
xpcall(function() error("x") end, function() while true do end end)

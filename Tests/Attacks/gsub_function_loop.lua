-- A gsub replacement function that loops.
return ("abc"):gsub("%w", function() while true do end end)

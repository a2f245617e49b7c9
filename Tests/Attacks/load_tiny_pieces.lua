-- A reader that returns one space forever.
return load(function() return " " end)

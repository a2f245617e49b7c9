-- Forty greedy items that can never complete a match.
return string.match(string.rep("a", 5000), string.rep("a*", 40) .. "b")

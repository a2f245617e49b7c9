-- gmatch tries every position with a backtracking pattern.
for a in string.gmatch(string.rep("ab", 5000), "(.-)(.-)(.-)c") do end

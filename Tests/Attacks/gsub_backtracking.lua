-- gsub tries every position with a backtracking pattern.
return string.gsub(string.rep("a", 3000), "(.-)(.-)(.-)(.-)b", "")

-- A 16 MiB chunk of text.
return load(string.rep(" ", 2^24))

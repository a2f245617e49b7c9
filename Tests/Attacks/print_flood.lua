-- Ten million lines of output.
for i = 1, 1e7 do print(("z"):rep(1000)) end

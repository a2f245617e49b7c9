-- Reaching the file system.
return io.open("/etc/passwd"):read("a")

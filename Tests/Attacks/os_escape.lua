-- Running a command.
return os.execute("true")

-- Stopping the collector would defeat the memory cap.
collectgarbage("stop")

-- The plainest endless loop.
while true do end

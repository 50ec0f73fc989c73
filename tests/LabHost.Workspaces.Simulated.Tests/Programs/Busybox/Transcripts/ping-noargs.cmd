ping

ip -o link

ip addr foo

ip foo

# expect: the name `undefined_thing`
print(undefined_thing)

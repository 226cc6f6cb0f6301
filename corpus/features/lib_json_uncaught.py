# An uncaught json.JSONDecodeError: exit 1, traceback ends with json.decoder.JSONDecodeError.
import json

print(json.loads('{"ok": true}'))
config = json.loads('{"name": "demo",\n "items": [1, 2,, 3]}')
print("not reached", config)

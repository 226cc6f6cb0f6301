# expect: the module `socket`
import socket
print(socket.gethostname())

import broken_c
print("broken_d reads", broken_c.TOKEN)

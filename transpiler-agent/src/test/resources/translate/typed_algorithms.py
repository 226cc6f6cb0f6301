def has_close_elements(numbers: list[float], threshold: float) -> bool:
    for idx in range(len(numbers)):
        for idx2 in range(len(numbers)):
            if idx != idx2:
                distance = abs(numbers[idx] - numbers[idx2])
                if distance < threshold:
                    return True
    return False

print(has_close_elements([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3))
print(has_close_elements([1.0, 2.0, 5.9, 4.0, 5.0], 0.95))

def below_zero(operations: list[int]) -> bool:
    balance = 0
    for op in operations:
        balance += op
        if balance < 0:
            return True
    return False
print(below_zero([1, 2, -4, 5]), below_zero([]))

def is_palindrome(text: str) -> bool:
    for i in range(len(text)):
        if text[i] != text[len(text) - 1 - i]:
            return False
    return True
print(is_palindrome("aba"), is_palindrome("zbcd"), is_palindrome(""))

def fizz(n: int) -> int:
    count = 0
    for i in range(n):
        if i % 11 == 0 or i % 13 == 0:
            s = str(i)
            for c in s:
                if c == "7":
                    count += 1
    return count
print(fizz(50), fizz(78), fizz(79), fizz(100000))
x = 10
print(x)

curl ^"https://www.example.com/api/note^" ^
  -H ^"content-type: text/plain;charset=UTF-8^" ^
  --data-raw ^"line one^

line two^"

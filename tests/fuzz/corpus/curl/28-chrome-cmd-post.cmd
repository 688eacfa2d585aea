curl ^"https://www.example.com/api/items^" ^
  -H ^"content-type: application/json^" ^
  -H ^"cookie: a=1; b=2^" ^
  --data-raw ^"^{^\^"name^\^":^\^"50^% off ^& more^\^",^\^"tags^\^":^[^\^"x^\^"^]^}^"

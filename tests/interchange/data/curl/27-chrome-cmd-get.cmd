curl "https://www.example.com/api/search?q=caf%C3%A9" ^
  -H "accept: application/json" ^
  -H "user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)" ^
  --compressed

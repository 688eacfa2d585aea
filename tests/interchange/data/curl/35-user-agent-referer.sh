curl -A "MyClient/1.0" -e "https://ref.example.com/" --url https://api.example.com/ping

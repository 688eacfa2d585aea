curl 'https://www.example.com/graphql' \
  -H 'content-type: application/json' \
  -H 'origin: https://www.example.com' \
  --data-raw $'{"query":"query { viewer { login } }","variables":{"note":"it\'s \\"quoted\\"\\nnext line"}}' \
  --compressed

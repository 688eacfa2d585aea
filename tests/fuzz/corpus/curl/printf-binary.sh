printf '\000\377%%\\' | curl -X PUT http://127.0.0.1/ --data-binary @-

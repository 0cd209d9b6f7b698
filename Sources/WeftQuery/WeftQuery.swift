// Placeholder until the query front end (issue #3) is copied in.

resource "aws_iam_user_policy" "deploy" {
  name   = "deploy"
  # ruleid: tf-aws-iam-user-direct-policy
  user   = aws_iam_user.deploy.name
  policy = data.aws_iam_policy_document.deploy.json
}

resource "aws_iam_user_policy_attachment" "alice_readonly" {
  # ruleid: tf-aws-iam-user-direct-policy
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# ruleid: tf-aws-iam-user-direct-policy
resource "aws_iam_policy_attachment" "billing" {
  name       = "billing"
  users      = [aws_iam_user.bob.name]
  groups     = [aws_iam_group.finance.name]
  policy_arn = aws_iam_policy.billing.arn
}

# ok: tf-aws-iam-user-direct-policy
resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# ok: tf-aws-iam-user-direct-policy
resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}

# ok: tf-aws-iam-user-direct-policy
resource "aws_iam_policy_attachment" "roles_only" {
  name       = "roles-only"
  users      = []
  roles      = [aws_iam_role.app.name]
  policy_arn = aws_iam_policy.app.arn
}

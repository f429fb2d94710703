# ruleid: tf-aws-iam-access-key-in-state
resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}

# ruleid: tf-aws-iam-access-key-in-state
resource "aws_iam_access_key" "legacy_app" {
  user   = aws_iam_user.legacy_app.name
  status = "Active"
}

# ok: tf-aws-iam-access-key-in-state
resource "aws_iam_access_key" "partner" {
  user    = aws_iam_user.partner.name
  pgp_key = "keybase:security_team"
}

# ok: tf-aws-iam-access-key-in-state
resource "aws_iam_access_key" "configurable" {
  user    = aws_iam_user.sync.name
  pgp_key = var.pgp_public_key
}

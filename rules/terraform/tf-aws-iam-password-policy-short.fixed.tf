resource "aws_iam_account_password_policy" "main" {
  # ruleid: tf-aws-iam-password-policy-short
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_symbols                = true
  allow_users_to_change_password = true
}

# ruleid: tf-aws-iam-password-policy-short
resource "aws_iam_account_password_policy" "defaults" {
  require_numbers          = true
  password_reuse_prevention = 24
}

resource "aws_iam_account_password_policy" "strict" {
  # ok: tf-aws-iam-password-policy-short
  minimum_password_length   = 14
  password_reuse_prevention = 24
  max_password_age          = 90
}

resource "aws_iam_account_password_policy" "long" {
  # ok: tf-aws-iam-password-policy-short
  minimum_password_length = 20
}

resource "aws_iam_account_password_policy" "configurable" {
  # ok: tf-aws-iam-password-policy-short
  minimum_password_length = var.min_password_length
}

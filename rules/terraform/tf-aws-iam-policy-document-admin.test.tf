data "aws_iam_policy_document" "ci_deployer" {
  statement {
    sid       = "Everything"
    effect    = "Allow"
    # ruleid: tf-aws-iam-policy-document-admin
    actions   = ["*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "ops" {
  statement {
    # ok: tf-aws-iam-policy-document-admin
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::ops-reports/*"]
  }

  statement {
    # ruleid: tf-aws-iam-policy-document-admin
    actions   = ["*:*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "app" {
  statement {
    effect = "Allow"
    # ok: tf-aws-iam-policy-document-admin
    actions = [
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
    ]
    resources = [aws_dynamodb_table.orders.arn]
  }
}

data "aws_iam_policy_document" "guardrail" {
  statement {
    effect    = "Deny"
    # ok: tf-aws-iam-policy-document-admin
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1"]
    }
  }
}

data "aws_iam_policy_document" "s3_all_on_bucket" {
  statement {
    # ok: tf-aws-iam-policy-document-admin
    actions   = ["*"]
    resources = ["arn:aws:s3:::scratch", "arn:aws:s3:::scratch/*"]
  }
}

data "aws_iam_policy_document" "configurable" {
  statement {
    # ok: tf-aws-iam-policy-document-admin
    actions   = var.allowed_actions
    resources = ["*"]
  }
}

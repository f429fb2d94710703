resource "aws_iam_policy" "deployer" {
  name = "deployer"
  # ruleid: tf-aws-iam-policy-admin-json
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role_policy" "ci" {
  name = "ci"
  role = aws_iam_role.ci.id
  # ruleid: tf-aws-iam-policy-admin-json
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadLogs",
      "Effect": "Allow",
      "Action": ["logs:GetLogEvents"],
      "Resource": "*"
    },
    {
      "Action": ["*"],
      "Resource": ["*"],
      "Effect": "Allow"
    }
  ]
}
EOT
}

resource "aws_iam_policy" "reader" {
  name = "reader"
  # ok: tf-aws-iam-policy-admin-json
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "*"
        Resource = "arn:aws:s3:::scratch/*"
      },
    ]
  })
}

resource "aws_iam_policy" "deny_outside_region" {
  name = "deny-outside-region"
  # ok: tf-aws-iam-policy-admin-json
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Deny"
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = var.vpc_id
  service_name = "com.amazonaws.eu-west-1.s3"
  # ok: tf-aws-iam-policy-admin-json
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "*"
      Resource  = "*"
    }]
  })
}

resource "aws_iam_policy" "from_document" {
  name = "from-document"
  # ok: tf-aws-iam-policy-admin-json
  policy = data.aws_iam_policy_document.app.json
}

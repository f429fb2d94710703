data "aws_iam_policy_document" "public_bucket" {
  statement {
    sid     = "PublicRead"
    actions = ["s3:GetObject"]
    principals {
      type        = "*"
      # ruleid: tf-aws-policy-document-public-principal
      identifiers = ["*"]
    }
    resources = ["${aws_s3_bucket.site.arn}/*"]
  }
}

data "aws_iam_policy_document" "queue" {
  statement {
    effect  = "Allow"
    actions = ["sqs:SendMessage"]
    principals {
      type = "AWS"
      # ruleid: tf-aws-policy-document-public-principal
      identifiers = ["arn:aws:iam::111122223333:root", "*"]
    }
    resources = [aws_sqs_queue.events.arn]
  }
}

data "aws_iam_policy_document" "org_only" {
  statement {
    actions = ["s3:GetObject"]
    principals {
      type        = "AWS"
      # ok: tf-aws-policy-document-public-principal
      identifiers = ["*"]
    }
    resources = ["${aws_s3_bucket.shared.arn}/*"]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.org_id]
    }
  }
}

data "aws_iam_policy_document" "deny_http" {
  statement {
    effect  = "Deny"
    actions = ["s3:*"]
    principals {
      type        = "*"
      # ok: tf-aws-policy-document-public-principal
      identifiers = ["*"]
    }
    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      # ok: tf-aws-policy-document-public-principal
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "configurable" {
  statement {
    actions = ["sns:Publish"]
    principals {
      type        = "AWS"
      # ok: tf-aws-policy-document-public-principal
      identifiers = var.publisher_arns
    }
    resources = [aws_sns_topic.alerts.arn]
  }
}

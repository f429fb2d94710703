resource "aws_kms_key" "app" {
  description             = "application data"
  deletion_window_in_days = 30
  # ruleid: tf-aws-kms-key-rotation-disabled
  enable_key_rotation     = false
}

# ruleid: tf-aws-kms-key-rotation-disabled
resource "aws_kms_key" "logs" {
  description             = "log encryption"
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.logs_key.json
}

resource "aws_kms_key" "s3" {
  description             = "bucket encryption"
  # ok: tf-aws-kms-key-rotation-disabled
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

# ok: tf-aws-kms-key-rotation-disabled
resource "aws_kms_key" "signing" {
  description              = "code signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "configurable" {
  description         = var.description
  # ok: tf-aws-kms-key-rotation-disabled
  enable_key_rotation = var.enable_rotation
}

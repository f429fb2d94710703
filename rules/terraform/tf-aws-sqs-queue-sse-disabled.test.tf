resource "aws_sqs_queue" "orders" {
  name                      = "orders"
  message_retention_seconds = 345600
  # ruleid: tf-aws-sqs-queue-sse-disabled
  sqs_managed_sse_enabled   = false
}

resource "aws_sqs_queue" "orders_dlq" {
  name                    = "orders-dlq.fifo"
  fifo_queue              = true
  # ruleid: tf-aws-sqs-queue-sse-disabled
  sqs_managed_sse_enabled = false
}

resource "aws_sqs_queue" "payments" {
  name                    = "payments"
  # ok: tf-aws-sqs-queue-sse-disabled
  sqs_managed_sse_enabled = true
}

# ok: tf-aws-sqs-queue-sse-disabled
resource "aws_sqs_queue" "audit" {
  name                              = "audit"
  kms_master_key_id                 = aws_kms_key.sqs.arn
  kms_data_key_reuse_period_seconds = 300
}

resource "aws_sqs_queue" "configurable" {
  name                    = "configurable"
  # ok: tf-aws-sqs-queue-sse-disabled
  sqs_managed_sse_enabled = var.sse_enabled
}

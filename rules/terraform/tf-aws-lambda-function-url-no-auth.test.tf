resource "aws_lambda_function_url" "webhook" {
  function_name      = aws_lambda_function.webhook.function_name
  # ruleid: tf-aws-lambda-function-url-no-auth
  authorization_type = "NONE"
}

resource "aws_lambda_function_url" "report" {
  function_name      = aws_lambda_function.report.function_name
  qualifier          = "live"
  # ruleid: tf-aws-lambda-function-url-no-auth
  authorization_type = "NONE"

  cors {
    allow_origins = ["https://app.example.com"]
    allow_methods = ["GET"]
  }
}

resource "aws_lambda_function_url" "internal" {
  function_name      = aws_lambda_function.internal.function_name
  # ok: tf-aws-lambda-function-url-no-auth
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_function_url" "configurable" {
  function_name      = aws_lambda_function.app.function_name
  # ok: tf-aws-lambda-function-url-no-auth
  authorization_type = var.url_auth_type
}

# ruleid: tf-aws-api-gateway-stage-no-access-logs
resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"
}

# ruleid: tf-aws-api-gateway-stage-no-access-logs
resource "aws_api_gateway_stage" "staging" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = aws_api_gateway_deployment.orders.id
  stage_name           = "staging"
  xray_tracing_enabled = true

  variables = {
    backend = "staging"
  }
}

# ok: tf-aws-api-gateway-stage-no-access-logs
resource "aws_api_gateway_stage" "live" {
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  deployment_id = aws_api_gateway_deployment.payments.id
  stage_name    = "live"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format = jsonencode({
      requestId = "$context.requestId"
      ip        = "$context.identity.sourceIp"
      caller    = "$context.identity.caller"
      status    = "$context.status"
    })
  }
}

# ok: tf-aws-api-gateway-stage-no-access-logs
resource "aws_api_gateway_stage" "optional" {
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  deployment_id = aws_api_gateway_deployment.payments.id
  stage_name    = var.stage_name

  dynamic "access_log_settings" {
    for_each = var.access_log_arn == null ? [] : [var.access_log_arn]
    content {
      destination_arn = access_log_settings.value
      format          = var.access_log_format
    }
  }
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids
  security_groups    = [aws_security_group.alb.id]
  # ruleid: tf-aws-alb-drop-invalid-headers-disabled
  drop_invalid_header_fields = true
}

# ruleid: tf-aws-alb-drop-invalid-headers-disabled
resource "aws_lb" "api" {
  name            = "api"
  subnets         = var.public_subnet_ids
  security_groups = [aws_security_group.alb.id]

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = true
  }
  drop_invalid_header_fields = true
}

resource "aws_lb" "hardened" {
  name                       = "hardened"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  # ok: tf-aws-alb-drop-invalid-headers-disabled
  drop_invalid_header_fields = true
}

# ok: tf-aws-alb-drop-invalid-headers-disabled
resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = var.public_subnet_ids
}

resource "aws_lb" "configurable" {
  name                       = "configurable"
  subnets                    = var.public_subnet_ids
  # ok: tf-aws-alb-drop-invalid-headers-disabled
  drop_invalid_header_fields = var.drop_invalid_headers
}

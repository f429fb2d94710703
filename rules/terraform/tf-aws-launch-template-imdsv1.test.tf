resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = data.aws_ami.eks_node.id
  instance_type = "m6i.large"

  metadata_options {
    http_endpoint               = "enabled"
    # ruleid: tf-aws-launch-template-imdsv1
    http_tokens                 = "optional"
    http_put_response_hop_limit = 2
  }
}

# ruleid: tf-aws-launch-template-imdsv1
resource "aws_launch_template" "batch" {
  name_prefix   = "batch-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "c6i.xlarge"
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "t3.small"

  metadata_options {
    http_endpoint               = "enabled"
    # ok: tf-aws-launch-template-imdsv1
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_template" "configurable" {
  name_prefix = "configurable-"
  image_id    = var.ami_id

  metadata_options {
    # ok: tf-aws-launch-template-imdsv1
    http_tokens = var.imds_tokens
  }
}

# Real-world shape (terraform-aws-modules/autoscaling, bench/quality.mjs): options from a variable.
# ok: tf-aws-launch-template-imdsv1
resource "aws_launch_template" "module" {
  name_prefix = "${var.name}-"

  dynamic "metadata_options" {
    for_each = length(var.metadata_options) > 0 ? [var.metadata_options] : []

    content {
      http_endpoint = lookup(metadata_options.value, "http_endpoint", null)
      http_tokens   = lookup(metadata_options.value, "http_tokens", null)
    }
  }
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    # ruleid: tf-aws-instance-imdsv1
    http_tokens   = "required"
  }
}

# ruleid: tf-aws-instance-imdsv1
resource "aws_instance" "worker" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"
}

# ruleid: tf-aws-instance-imdsv1
resource "aws_instance" "hop_limit_only" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_put_response_hop_limit = 1
  }
}

resource "aws_instance" "api" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint               = "enabled"
    # ok: tf-aws-instance-imdsv1
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

# ok: tf-aws-instance-imdsv1
resource "aws_instance" "no_metadata" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }
}

# ok: tf-aws-instance-imdsv1
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}

resource "aws_instance" "configurable" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    # ok: tf-aws-instance-imdsv1
    http_tokens = var.http_tokens
  }
}

# Real-world shape (terraform-aws-modules/ec2-instance, bench/quality.mjs): the options come from
# a variable through a dynamic block, so nothing is known about http_tokens here.
# ok: tf-aws-instance-imdsv1
resource "aws_instance" "module" {
  ami           = local.ami
  instance_type = var.instance_type

  dynamic "metadata_options" {
    for_each = length(var.metadata_options) > 0 ? [var.metadata_options] : []

    content {
      http_endpoint = try(metadata_options.value.http_endpoint, "enabled")
      http_tokens   = try(metadata_options.value.http_tokens, "optional")
    }
  }
}

# ruleid: tf-aws-default-sg-allows-traffic
resource "aws_default_security_group" "main" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# ruleid: tf-aws-default-sg-allows-traffic
resource "aws_default_security_group" "shared" {
  vpc_id = aws_vpc.shared.id

  egress = [{
    description      = "all outbound"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = []
    prefix_list_ids  = []
    security_groups  = []
    self             = false
  }]
}

# ok: tf-aws-default-sg-allows-traffic
resource "aws_default_security_group" "locked" {
  vpc_id = aws_vpc.locked.id

  tags = {
    Name = "default-deny-all"
  }
}

# ok: tf-aws-default-sg-allows-traffic
resource "aws_default_security_group" "explicit_empty" {
  vpc_id  = aws_vpc.explicit.id
  ingress = []
  egress  = []
}

# ok: tf-aws-default-sg-allows-traffic
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id

  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

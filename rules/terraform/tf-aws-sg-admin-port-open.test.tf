resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = var.vpc_id

  ingress {
    description = "SSH from anywhere"
    # ruleid: tf-aws-sg-admin-port-open
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "HTTPS"
    # ok: tf-aws-sg-admin-port-open
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "windows" {
  name = "windows"

  ingress {
    # ruleid: tf-aws-sg-admin-port-open
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group" "wide_range" {
  name = "wide-range"

  ingress {
    # ruleid: tf-aws-sg-admin-port-open
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }
}

resource "aws_security_group" "all_traffic" {
  name = "all-traffic"
  ingress = [{
    description      = "everything"
    # ruleid: tf-aws-sg-admin-port-open
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

resource "aws_security_group" "ssh_from_vpn" {
  name = "ssh-from-vpn"

  ingress {
    # ok: tf-aws-sg-admin-port-open
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }

  egress {
    # ok: tf-aws-sg-admin-port-open
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "configurable" {
  name = "configurable"

  ingress {
    # ok: tf-aws-sg-admin-port-open
    from_port   = var.admin_port
    to_port     = var.admin_port
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }

  ingress {
    # ok: tf-aws-sg-admin-port-open
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

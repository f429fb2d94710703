resource "aws_db_instance" "orders" {
  identifier = "orders"
  engine     = "postgres"
  username   = "orders"
  # ruleid: secret-hardcoded-password-terraform
  password   = "Orders-Db-Pw-2024"
}

resource "aws_db_instance" "reports" {
  identifier = "reports"
  username   = "reports"
  # ok: secret-hardcoded-password-terraform
  password   = var.reports_db_password
}

module "app" {
  source = "./modules/app"
  env = {
    # ruleid: secret-hardcoded-password-terraform
    API_TOKEN = "tok-8c7b6a5f4e3d"
    # ok: secret-hardcoded-password-terraform
    DB_PASSWORD = "${data.aws_secretsmanager_secret_version.db.secret_string}"
  }
}

variable "grafana_admin_password" {
  type      = string
  sensitive = true
  # ruleid: secret-hardcoded-password-terraform
  default   = "Graf4na-Adm1n!"
}

variable "grafana_admin_user" {
  type = string
  # ok: secret-hardcoded-password-terraform
  default = "grafana-admin"
}

variable "api_token" {
  type      = string
  sensitive = true
  # ok: secret-hardcoded-password-terraform
  default   = ""
}

variable "token_header" {
  type = string
  # ok: secret-hardcoded-password-terraform
  default = "x-auth-token"
}
